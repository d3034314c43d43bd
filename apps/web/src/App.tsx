import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PageLoader } from './components/PageLoader';
import { LoginPage } from './features/auth/components/LoginPage';
import { RequireAuth } from './features/auth/components/RequireAuth';
import { useClearCacheOnSignOut } from './features/auth/hooks/use-clear-cache-on-sign-out';
import { HierarchyPage } from './features/hierarchy/components/HierarchyPage';
import { UnitPage } from './features/hierarchy/components/UnitPage';
import { RealtimeProvider } from './features/realtime/components/RealtimeProvider';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';

// Only managers open the users page: keep its code out of everyone's first download.
const UsersPage = lazy(() =>
  import('./features/users/components/UsersPage').then((module) => ({ default: module.UsersPage })),
);

export function App() {
  useClearCacheOnSignOut();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <RealtimeProvider>
              <AppLayout />
            </RealtimeProvider>
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/units" replace />} />
        <Route path="units" element={<HierarchyPage />} />
        <Route path="units/:id" element={<UnitPage />} />
        <Route
          path="users"
          element={
            <Suspense fallback={<PageLoader />}>
              <UsersPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
